FROM ubuntu:24.04
RUN apt-get update && apt-get install --no-install-recommends make=4.3-4.1build2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -qq install --no-install-recommends gcc=4:13.2.0-7ubuntu1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -q -q install --no-install-recommends g++=4:13.2.0-7ubuntu1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -q install --no-install-recommends cmake=3.28.3-1build7 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get --assume-yes install --no-install-recommends ninja-build=1.11.1-2 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -q=2 install --no-install-recommends pkg-config=1.8.1-2build1 && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --yes --no-install-recommends file=1:5.45-3build1 && rm -rf /var/lib/apt/lists/*
