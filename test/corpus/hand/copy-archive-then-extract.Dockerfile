FROM ubuntu:22.04
COPY dist/model-bundle.tar.gz /tmp/
RUN tar -xzf /tmp/model-bundle.tar.gz -C /opt && rm /tmp/model-bundle.tar.gz
COPY vendor/weights.zip /tmp/weights.zip
RUN unzip /tmp/weights.zip -d /opt/weights
COPY data/features.csv.gz /data/
RUN gunzip /data/features.csv.gz
COPY app.tar.xz /tmp/app.tar.xz
RUN tar --extract --file /tmp/app.tar.xz -C /srv
COPY logs.tar.bz2 /tmp/
RUN tar -tf /tmp/logs.tar.bz2
COPY other.tgz /tmp/renamed.tgz
RUN tar xzf /tmp/other.tgz
