FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS build
ARG OPENCV_VERSION=4.10.0
RUN apt-get update && \
    apt-get install -y --no-install-recommends \
      build-essential=12.9ubuntu3 \
      cmake=3.22.1-1ubuntu1.22.04.2 \
      git=1:2.34.1-1ubuntu1.11 \
      wget=1.21.2-2ubuntu1 \
      unzip=6.0-26ubuntu3.2 \
      libjpeg-dev libpng-dev && \
    rm -rf /var/lib/apt/lists/* && \
    mkdir -p /opt/build && \
    cd /opt/build && \
    wget https://github.com/opencv/opencv/archive/${OPENCV_VERSION}.zip -O opencv.zip && \
    wget https://github.com/opencv/opencv_contrib/archive/${OPENCV_VERSION}.zip -O contrib.zip && \
    unzip -q opencv.zip && \
    unzip -q contrib.zip && \
    mkdir -p opencv-${OPENCV_VERSION}/build && \
    cd opencv-${OPENCV_VERSION}/build && \
    cmake -D CMAKE_BUILD_TYPE=Release \
          -D CMAKE_INSTALL_PREFIX=/usr/local \
          -D OPENCV_EXTRA_MODULES_PATH=/opt/build/opencv_contrib-${OPENCV_VERSION}/modules \
          -D WITH_CUDA=ON \
          -D BUILD_TESTS=OFF \
          -D BUILD_PERF_TESTS=OFF \
          -D BUILD_EXAMPLES=OFF .. && \
    make -j"$(nproc)" && \
    make install && \
    ldconfig && \
    cd / && \
    rm -rf /opt/build && \
    pkg-config --modversion opencv4 && \
    python3 -c "print('opencv built')" && \
    echo "/usr/local/lib" > /etc/ld.so.conf.d/opencv.conf && \
    ldconfig && \
    find /usr/local/lib -name 'libopencv_*.so*' -type f -exec strip --strip-unneeded {} + && \
    du -sh /usr/local/lib && \
    apt-get purge -y --auto-remove cmake && \
    useradd -m -u 1000 builder && \
    chown -R builder /usr/local/lib && \
    echo done

FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
COPY --from=build /usr/local/lib /usr/local/lib
COPY --from=build /usr/local/include/opencv4 /usr/local/include/opencv4
USER 1000
CMD ["bash"]
