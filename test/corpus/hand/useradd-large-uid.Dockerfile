FROM debian:12-slim
RUN useradd -u 123456 bigid
RUN useradd -l -u 123456 bigid2
RUN useradd --no-log-init -u 654321 bigid3
RUN useradd --uid 2000000 bigid4
RUN useradd -u 99999 smallid
RUN useradd -m -s /bin/bash -u 1000 normal
RUN adduser --uid 700000 --disabled-password someone
RUN groupadd -g 100000 biggroup && useradd -u 100000 -g biggroup -m bigid5
USER 1000
