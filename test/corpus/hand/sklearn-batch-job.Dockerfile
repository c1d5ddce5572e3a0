FROM python:3.12-slim
WORKDIR /job
COPY requirements.lock .
RUN pip install --no-cache-dir --require-hashes -r requirements.lock
COPY score.py .
COPY --chmod=0644 model.joblib /job/model.joblib
RUN groupadd -g 2000 batch && useradd -u 2000 -g batch batch
USER batch
ENTRYPOINT ["python", "score.py"]
CMD ["--input", "/data/in.parquet", "--output", "/data/out.parquet"]
