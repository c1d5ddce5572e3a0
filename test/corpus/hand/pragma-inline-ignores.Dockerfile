# hadolint ignore=DL3006
FROM ubuntu
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
# hadolint ignore=DL3003 # we really do want cd here
RUN cd /tmp && echo hi
#hadolint ignore=DL3004
RUN sudo true
# hadolint ignore = DL3013 , DL3042
RUN pip install requests
# hadolint ignore=DL3020

ADD local.txt /tmp/
# hadolint ignore=DL3059
# hadolint ignore=DL3001
RUN ps aux
# hadolint ignore=SC2046
RUN echo $(ls)
# hadolint ignore=DL3025
CMD python app.py
# hadolint ignore=DL1001
# hadolint ignore=DL3000
WORKDIR relative
