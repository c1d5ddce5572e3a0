FROM nvcr.io/nvidia/tritonserver:24.05-py3
LABEL org.opencontainers.image.title="triton-ensemble" org.opencontainers.image.version="0.4.0"
RUN pip install --no-cache-dir transformers==4.41.2 tokenizers==0.19.1
COPY model_repository/ /models/
COPY model_repository/tokenizer/1/model.py /models/tokenizer/1/
RUN chown -R triton-server:triton-server /models
USER triton-server
EXPOSE 8000 8001 8002
HEALTHCHECK --interval=30s CMD curl -fs localhost:8000/v2/health/ready || exit 1
CMD ["tritonserver", "--model-repository=/models", "--strict-model-config=false"]
