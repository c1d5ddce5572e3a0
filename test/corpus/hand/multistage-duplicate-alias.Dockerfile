FROM python:3.11-slim AS deps
RUN pip install --no-cache-dir --target /deps numpy==1.26.4

FROM python:3.11-slim AS deps
RUN pip install --no-cache-dir --target /deps scipy==1.13.1

FROM python:3.11-slim AS Final
FROM python:3.11-slim AS final
COPY --from=deps /deps /usr/local/lib/python3.11/site-packages
CMD ["python3"]
FROM final AS final
