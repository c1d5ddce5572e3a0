FROM debian:bookworm-20240513-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

RUN apt-get update \
    && apt-get install -y --no-install-recommends wget=1.21.3-1+b2 ca-certificates=20230311 \
    && rm -rf /var/lib/apt/lists/*

ARG MODEL_URL=https://models.example.com/bert-base/2024-05/model.onnx
RUN wget --progress=dot:giga "${MODEL_URL}" -O /opt/model.onnx \
    && wget -q https://models.example.com/bert-base/2024-05/vocab.txt -O /opt/vocab.txt \
    && wget -nv https://models.example.com/bert-base/2024-05/config.json -P /opt \
    && sha256sum /opt/model.onnx | tee /opt/model.onnx.sha256

RUN wget -O /opt/README.md https://models.example.com/bert-base/README.md
RUN wget --output-file=/tmp/wget.log https://models.example.com/bert-base/NOTICE
RUN wget https://models.example.com/bert-base/LICENSE
