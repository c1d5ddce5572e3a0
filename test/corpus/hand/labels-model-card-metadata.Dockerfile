FROM python:3.12.4-slim AS train
LABEL org.opencontainers.image.title="churn-trainer" \
      org.opencontainers.image.created="yesterday" \
      org.opencontainers.image.revision="deadbeef" \
      org.opencontainers.image.licenses="Proprietary" \
      org.opencontainers.image.authors="not-an-email"
RUN pip install --no-cache-dir lightgbm==4.3.0

FROM train AS serve
LABEL org.opencontainers.image.version="2024.06.01" \
      org.opencontainers.image.created="2024-06-01T00:00:00+00:00" \
      org.opencontainers.image.licenses="Apache-2.0 OR MIT" \
      org.opencontainers.image.authors="Churn Team <churn@example.com>" \
      org.opencontainers.image.source="git@github.com:example/churn.git" \
      org.opencontainers.image.documentation="" \
      ai.example.model.name="churn" \
      ai.example.model.stage="champion"
COPY model.txt /models/model.txt
CMD ["python3", "-m", "serve"]
