FROM python:3.12.4-slim
LABEL org.opencontainers.image.title="fraud-scorer" \
      org.opencontainers.image.description="Gradient boosted fraud scoring model served over HTTP" \
      org.opencontainers.image.source="https://github.com/example/fraud-scorer" \
      org.opencontainers.image.documentation="https://docs.example.com/fraud-scorer" \
      org.opencontainers.image.version="2.3.0" \
      org.opencontainers.image.revision="4f1c2a9e8b7d6c5e4f3a2b1c0d9e8f7a6b5c4d3e" \
      org.opencontainers.image.created="2024-06-01T12:30:00Z" \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.authors="ml-platform@example.com"
WORKDIR /srv
COPY . .
USER 1000
HEALTHCHECK CMD ["python", "-c", "print('ok')"]
CMD ["python", "serve.py"]
