FROM python:3.12.4-slim
LABEL org.opencontainers.image.source="not a url" \
      org.opencontainers.image.documentation="docs.example.com/fraud"
LABEL org.opencontainers.image.version="v2.3" org.opencontainers.image.revision="4f1c2a9"
LABEL org.opencontainers.image.revision="XYZ123456789"
LABEL org.opencontainers.image.created="2024-06-01 12:30" \
      org.opencontainers.image.licenses="Apache 2"
LABEL org.opencontainers.image.licenses="GPL-3.0-or-later" \
      org.opencontainers.image.authors="ML Platform Team"
LABEL org.opencontainers.image.title=""
LABEL org.opencontainers.image.version="1.0.0-rc.1+build.5" \
      org.opencontainers.image.created="2024-06-01T12:30:00.123+02:00"
LABEL org.opencontainers.image.authors="ml@example"
LABEL org.opencontainers.image.version=""
CMD ["python3"]
