# syntax=docker/dockerfile:1.7
FROM python:3.12-slim AS wheels
WORKDIR /w
RUN --mount=type=bind,source=requirements.txt,target=/w/requirements.txt \
    --mount=type=cache,target=/root/.cache/pip \
    pip wheel -r requirements.txt -w /w/dist

FROM python:3.12-slim
RUN --mount=type=secret,id=netrc,target=/root/.netrc \
    --mount=type=ssh \
    pip install --no-cache-dir git+ssh://git@github.com/example/private-features.git@v0.9.0
RUN --mount=type=bind,from=wheels,source=/w/dist,target=/dist \
    pip install --no-cache-dir --no-index --find-links=/dist featurekit
RUN --network=host pip install --no-cache-dir uvicorn==0.30.1
RUN --security=insecure cat /proc/self/status
RUN --mount=type=secret,id=aws,env=AWS_ACCESS_KEY_ID aws s3 cp s3://models/latest/model.onnx /models/model.onnx
CMD ["uvicorn", "app:app"]
