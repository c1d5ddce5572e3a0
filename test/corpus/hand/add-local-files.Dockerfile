FROM python:3.11-slim
ADD . /app
ADD requirements.txt /app/
ADD --chown=1000:1000 config/ /etc/app/
ADD model.tar.gz /opt/model/
ADD weights.zip /opt/weights/
ADD https://models.example.com/embeddings/v1/embeddings.bin /opt/embeddings.bin
ADD http://mirror.example.com/data/vocab.txt /opt/
ADD run.sh https://example.com/extra.sh /usr/local/bin/
ADD ["settings.json", "/etc/app/settings.json"]
WORKDIR /app
CMD ["python", "app.py"]
