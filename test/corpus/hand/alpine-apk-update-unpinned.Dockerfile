FROM alpine:3.19
RUN apk update && apk upgrade && apk add curl bash git
RUN apk add --update --virtual build-dependencies build-base
RUN apk --no-cache add openssl
RUN apk add -t .runtime-deps libstdc++ \
    && rm -rf /var/cache/apk/*
RUN apk add --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing --no-cache hdf5
RUN apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/community --no-cache openblas=0.3.27-r0
CMD ["sh"]
