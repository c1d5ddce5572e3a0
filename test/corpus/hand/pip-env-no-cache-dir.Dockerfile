FROM python:3.12-slim AS base
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
RUN pip install flask==3.0.3

FROM base AS app
RUN pip install gunicorn==22.0.0

FROM python:3.12-slim AS other
ENV PIP_NO_CACHE_DIR=off
RUN pip install waitress==3.0.0
RUN PIP_NO_CACHE_DIR=true pip install click==8.1.7
RUN PIP_NO_CACHE_DIR=0 pip install rich==13.7.1

FROM python:3.12-slim AS mounted
RUN --mount=type=cache,target=/root/.cache/pip pip install httpx==0.27.0
RUN --mount=type=cache,target=/tmp/pipcache pip install --cache-dir /tmp/pipcache anyio==4.4.0
