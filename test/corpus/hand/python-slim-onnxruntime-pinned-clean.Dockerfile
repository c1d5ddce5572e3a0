# syntax=docker/dockerfile:1
FROM python:3.11.9-slim-bookworm

LABEL org.opencontainers.image.title="iris-classifier" \
      org.opencontainers.image.version="1.4.2" \
      org.opencontainers.image.licenses="Apache-2.0"

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PORT=8080

RUN apt-get update \
 && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 libgomp1=12.2.0-14 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /srv/model
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
 && pip install --no-cache-dir onnxruntime==1.18.1 "uvicorn[standard]==0.30.1" fastapi==0.111.0

COPY --chown=10001:10001 model.onnx ./model.onnx
COPY --chown=10001:10001 serve.py ./

RUN groupadd --gid 10001 app && useradd --uid 10001 --gid app --no-log-init --create-home app
USER 10001

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD ["curl", "-fsS", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["uvicorn", "serve:app"]
CMD ["--host", "0.0.0.0", "--port", "8080"]
