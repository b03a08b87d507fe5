"""Start the atlas with Streamlit, as `streamlit run app.py` would, minus one relic of Streamlit's first multipage
design: with a folder named pages/ beside the entry script, Streamlit 1.67 runs the first session of a new server
in its old pages-folder mode, so a first visit to a deep link (/map, /timeline) shows "Page not found" or runs a
page without the app's frame. The app declares its pages with st.navigation, so that mode is switched off here
before any session starts. Arguments are passed on to `streamlit run`.

Usage: python scripts/serve.py [--server.port 8501 ...]
"""

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"

if __name__ == "__main__":
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *sys.argv[1:]]
    sys.exit(cli.main())
