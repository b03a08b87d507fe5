#!/usr/bin/env bash
# Install Debian packages that are missing (as root, or with sudo), once: scripts/debian_package.sh COMMAND PACKAGE
# Idempotent: nothing happens when COMMAND is already on the PATH (or is an existing path).
set -euo pipefail
command_name="$1"
package="$2"
if command -v "$command_name" >/dev/null 2>&1 || [ -x "$command_name" ]; then
  exit 0
fi
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$package" >/dev/null
