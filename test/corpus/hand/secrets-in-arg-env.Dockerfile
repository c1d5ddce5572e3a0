FROM python:3.11-slim
ARG GITHUB_TOKEN
ARG NPM_TOKEN=""
ARG DB_PASSWORD=changeme
ARG aws_access_key_id
ARG HF_API_KEY
ARG TOKENIZERS_PARALLELISM=false
ARG PRIVATE_REGISTRY=registry.example.com
ARG MODEL_VERSION=3
ENV AWS_SECRET_ACCESS_KEY=dummy
ENV APP_SECRET_NAME=prod/fraud-scorer SERVICE_PORT=8080
ENV OPENAI_API_KEY=""
ENV MLFLOW_TRACKING_USERNAME=ci MLFLOW_TRACKING_URI=http://mlflow:5000
ENV POSTGRES_PASSWORD postgres
ENV KEY_FILE=/run/secrets/key
RUN --mount=type=secret,id=pip_token PIP_INDEX_URL="https://token:$(cat /run/secrets/pip_token)@pypi.example.com/simple" pip install --no-cache-dir internal-lib==1.0.0
CMD ["python3"]
