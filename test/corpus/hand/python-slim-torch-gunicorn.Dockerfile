FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1

RUN apt-get update && apt-get install -y --no-install-recommends build-essential libgomp1

RUN pip install torch torchvision gunicorn flask numpy

COPY model.pt models/model.pt
COPY app.py .

EXPOSE 8000
CMD gunicorn --bind 0.0.0.0:8000 --workers 2 app:app
