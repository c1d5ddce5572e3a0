FROM python:3.11-slim
ARG BENTOML_VERSION=1.2.18
RUN pip install --no-cache-dir bentoml==${BENTOML_VERSION}
WORKDIR /home/bentoml/bento
COPY --chown=1034:1034 bento/ ./
RUN useradd --uid 1034 --create-home bentoml \
    && bentoml build \
    && chown -R bentoml:bentoml /home/bentoml
USER bentoml
EXPOSE 3000
ENTRYPOINT ["bentoml", "serve", "service:svc"]
