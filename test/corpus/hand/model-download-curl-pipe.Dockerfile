FROM ubuntu:22.04

RUN apt-get update && apt-get install -y curl wget ca-certificates

# fetch the exported model and the tokenizer
RUN curl -sSL https://models.example.com/resnet50/v3/model.tar.gz | tar -xz -C /opt
RUN wget https://models.example.com/resnet50/v3/labels.txt -O /opt/labels.txt

RUN curl -fsSL https://install.example.com/runtime.sh | bash -

WORKDIR /opt
CMD ["/opt/serve"]
