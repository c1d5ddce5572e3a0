# Misordered file: metadata written before the base image
LABEL org.opencontainers.image.title="broken-order"
ENV MODEL_NAME=resnet
ARG BASE=python:3.12-slim
FROM ${BASE}
RUN echo "${MODEL_NAME}"
CMD ["python3"]
