FROM python:3.12-slim
WORKDIR /app
COPY main.py utils.py /app
COPY main.py utils.py /app/
COPY config.yaml logging.yaml "/etc/app"
COPY config.yaml logging.yaml "/etc/app/"
COPY ["serve.py", "features.py", "/srv"]
COPY ["serve.py", "features.py", "/srv/"]
COPY *.py lib
COPY model.onnx /models/current
COPY a.txt b.txt .
CMD ["python3", "main.py"]
