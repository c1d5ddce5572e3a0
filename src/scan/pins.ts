// The scanner versions scan-image runs, and the sha256 of each release archive per platform.
// A scanner action's tags were once rewritten to ship other bytes, so nothing is trusted by its
// name: a download that does not hash to these values is refused and nothing of it is kept.
// To bump a version: take the new release's checksums file from the project's release page,
// check its signature, and copy the lines for these four platforms here.

export type ScannerName = 'trivy' | 'grype';

export interface ReleaseFile {
  file: string;
  sha256: string;
}

export interface ScannerPin {
  version: string;
  /** The archive's download URL; `{version}` and `{file}` are filled in. `scanner-download-url` replaces it for mirrors. */
  url: string;
  /** By Node's `${platform}-${arch}`. */
  files: Partial<Record<string, ReleaseFile>>;
  /** The executable inside the archive. */
  binary: string;
}

export const SCANNER_PINS: Record<ScannerName, ScannerPin> = {
  trivy: {
    version: '0.74.0',
    url: 'https://github.com/aquasecurity/trivy/releases/download/v{version}/{file}',
    binary: 'trivy',
    files: {
      'linux-x64': { file: 'trivy_0.74.0_Linux-64bit.tar.gz', sha256: '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a' },
      'linux-arm64': { file: 'trivy_0.74.0_Linux-ARM64.tar.gz', sha256: 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5' },
      'darwin-x64': { file: 'trivy_0.74.0_macOS-64bit.tar.gz', sha256: '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485' },
      'darwin-arm64': { file: 'trivy_0.74.0_macOS-ARM64.tar.gz', sha256: '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11' },
    },
  },
  grype: {
    version: '0.120.1',
    url: 'https://github.com/anchore/grype/releases/download/v{version}/{file}',
    binary: 'grype',
    files: {
      'linux-x64': { file: 'grype_0.120.1_linux_amd64.tar.gz', sha256: '0a9ee97ef5ae2ee953b0a80098105052e846cdbe319a57d808b519c33cd1343d' },
      'linux-arm64': { file: 'grype_0.120.1_linux_arm64.tar.gz', sha256: '29f47391dc283aa79fcc38e65224cd61f64dec0ecfd0db7074128ebf8ff23514' },
      'darwin-x64': { file: 'grype_0.120.1_darwin_amd64.tar.gz', sha256: '5313004ccbc524c8757521dc3913f1edf4309f56bef06a2fb2d0c0eeade7cc62' },
      'darwin-arm64': { file: 'grype_0.120.1_darwin_arm64.tar.gz', sha256: 'cf97957fa467d25575ec2cc3228289f391ea51cf88b9cffc5f83dc03d4cbc732' },
    },
  },
};
