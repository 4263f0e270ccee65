#!/bin/sh
# Installs the Debian 12 packages Vigie needs to build, test and run (as root).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    cmake ninja-build g++ make pkg-config sqlite3 \
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools \
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libgl-dev libxkbcommon-dev \
    libcsv-dev libxlsxwriter-dev \
    postgresql libqt6sql6-psql libpq-dev \
    poppler-utils unzip e2fsprogs fonts-dejavu-core xvfb xauth \
    dpkg-dev librsvg2-bin man-db file desktop-file-utils shared-mime-info \
    clang libclang-rt-14-dev >/dev/null
