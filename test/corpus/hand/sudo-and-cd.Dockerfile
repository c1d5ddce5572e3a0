FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo=1.9.9-1ubuntu2.4 && rm -rf /var/lib/apt/lists/*
RUN sudo mkdir -p /opt/app
RUN cd /opt/app && git clone https://github.com/example/service.git .
RUN mkdir -p /build && cd /build && make
RUN (cd /tmp && ls)
RUN echo "cd is just a word" && pushd /tmp && popd
RUN su -c "echo sudo is not called here"
RUN useradd -m dev && echo "dev ALL=(ALL) NOPASSWD:ALL" >> /etc/sudoers
USER dev
RUN sudo -E pip install --no-cache-dir ansible==9.6.0
