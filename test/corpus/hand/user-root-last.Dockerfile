FROM ubuntu:22.04 AS build
USER root
RUN echo building

FROM ubuntu:22.04 AS prep
USER 1000
RUN echo prep
USER root

FROM ubuntu:22.04 AS deploy
USER app
RUN echo deploy
USER 0:0

FROM ubuntu:22.04 AS last
USER root:root
RUN echo last
