# The atlas as a container: one Streamlit process, run as a non-root user, checked on /_stcore/health.
# Build: docker build -t peace-enforcement-atlas .   Run: docker run -p 8501:8501 peace-enforcement-atlas
# Several replicas behind HAProxy: compose.yaml; on Kubernetes: deploy/k8s/.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HOME=/home/atlas

WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt \
    && useradd --system --uid 10001 --create-home --home-dir /home/atlas atlas

# the app and its data only: no tests, benchmarks or tooling in the image
COPY .streamlit/ .streamlit/
COPY app.py ./
COPY components/ components/
COPY pages/ pages/
COPY content/ content/
COPY data/ data/
COPY static/ static/
COPY scripts/serve.py scripts/

USER 10001
EXPOSE 8501
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4).status != 200)"]
CMD ["python", "scripts/serve.py", "--server.port", "8501", "--server.address", "0.0.0.0"]
