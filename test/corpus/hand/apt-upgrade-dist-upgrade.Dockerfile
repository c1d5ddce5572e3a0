FROM ubuntu:20.04
ENV DEBIAN_FRONTEND=noninteractive
RUN apt-get update && apt-get upgrade -y && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -y install --no-install-recommends python3.9=3.9.5-3ubuntu0~20.04.1 && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
USER nobody
CMD ["python3.9"]
