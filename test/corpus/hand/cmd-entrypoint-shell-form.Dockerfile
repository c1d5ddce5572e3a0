FROM python:3.11-slim AS first
ENTRYPOINT python -m serving
CMD --port 8000
CMD ["--port", "9000"]

FROM python:3.11-slim AS second
ENTRYPOINT ["python", "-m", "serving"]
ENTRYPOINT ["python", "-m", "serving.v2"]
CMD ["--workers", "4"]

FROM second
ENTRYPOINT exec gunicorn app:app
CMD echo "start"
CMD echo "again"
CMD echo "third"
