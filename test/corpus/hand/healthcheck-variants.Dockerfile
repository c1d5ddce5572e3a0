FROM nginx:1.27.0 AS proxy
HEALTHCHECK NONE
HEALTHCHECK --interval=10s --timeout=2s CMD curl -f http://localhost/ || exit 1

FROM python:3.12-slim AS api
HEALTHCHECK --start-period=20s --interval=15s \
  CMD ["python", "-c", "import socket; socket.create_connection(('127.0.0.1', 8000))"]
CMD ["python", "-m", "http.server", "8000"]

FROM python:3.12-slim AS worker
HEALTHCHECK CMD pgrep -f worker.py
HEALTHCHECK CMD ["pgrep", "-f", "worker.py"]
HEALTHCHECK NONE
CMD ["python", "worker.py"]

FROM api AS api-debug
CMD ["python", "-m", "pdb", "app.py"]
