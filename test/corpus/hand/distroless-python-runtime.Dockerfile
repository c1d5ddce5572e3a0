FROM python:3.11-slim AS build
RUN python -m venv /venv && /venv/bin/pip install --no-cache-dir --upgrade pip==24.0 setuptools==70.0.0
COPY requirements.txt /requirements.txt
RUN /venv/bin/pip install --no-cache-dir --disable-pip-version-check -r /requirements.txt

FROM gcr.io/distroless/python3-debian12:latest
COPY --from=build /venv /venv
COPY app /app
COPY model.onnx /app/model.onnx
WORKDIR /app
ENTRYPOINT ["/venv/bin/python3", "-m", "app"]
