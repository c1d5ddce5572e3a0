FROM python:3.10-slim-bookworm
RUN apt-get -y update && apt-get install -y --no-install-recommends nginx ca-certificates
RUN pip install mlflow==2.14.1 boto3 gunicorn
ENV MLFLOW_TRACKING_URI=http://mlflow.internal:5000 \
    MLFLOW_S3_ENDPOINT_URL=http://minio.internal:9000
ARG MODEL_URI=models:/fraud-scorer@champion
RUN mlflow models download -m "${MODEL_URI}" -d /opt/ml/model
ENV MODEL_PATH=/opt/ml/model
EXPOSE 8080
CMD mlflow models serve -m $MODEL_PATH -h 0.0.0.0 -p 8080 --env-manager local
