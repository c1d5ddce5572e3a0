FROM debian:12-slim
RUN mkdir -p /opt/app
RUN mkdir -p /opt/data
RUN chmod 755 /opt/app
# a comment between runs does not break the chain
RUN chmod 700 /opt/data

RUN touch /opt/app/ready
ENV STAGE=two
RUN echo one
RUN echo a && echo b && echo c
RUN echo after-three
RUN echo x && echo y
RUN echo z
RUN --mount=type=cache,target=/root/.cache echo cached
RUN --mount=type=cache,target=/root/.cache echo cached-again
RUN --network=none echo isolated
WORKDIR /opt/app
RUN ["echo", "exec"]
RUN ["echo", "exec2"]
