// Builds trivy's vulnerability database (schema 2) from test/setup/scan/advisories.json with
// trivy-db's own packages, so the buckets, keys and JSON are exactly what trivy reads:
//
//	<out>/trivy.db       bbolt: data-source, the OS and language advisory buckets, vulnerability
//	<out>/metadata.json  Version 2, UpdatedAt/DownloadedAt = --built, NextUpdate = built + 24h
//
// Usage: scan-trivy-db --advisories FILE --out DIR [--built RFC3339]
// DIR is what trivy reads as <cache-dir>/db. The program refuses an existing trivy.db (bbolt
// would add to it); callers build into a new folder.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/aquasecurity/trivy-db/pkg/db"
	"github.com/aquasecurity/trivy-db/pkg/metadata"
	"github.com/aquasecurity/trivy-db/pkg/types"
	"github.com/aquasecurity/trivy-db/pkg/vulnsrc/vulnerability"
	bolt "go.etcd.io/bbolt"
)

type advisoryFile struct {
	Advisories []advisory `json:"advisories"`
}

type advisory struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	CVSS     struct {
		Vector string  `json:"vector"`
		Score  float64 `json:"score"`
	} `json:"cvss"`
	Published time.Time  `json:"published"`
	Affected  []affected `json:"affected"`
}

type affected struct {
	Ecosystem string  `json:"ecosystem"`
	Package   string  `json:"package"`
	Fixed     *string `json:"fixed"`
}

// One bucket of advisories and the data source trivy names for what it finds there.
type platform struct {
	bucket string
	source types.DataSource
	// Language buckets hold version ranges; OS buckets a fixed version.
	lang bool
}

// The bucket names and data sources are the ones trivy-db's debian, alpine and ghsa sources
// write (vulnsrc/bucket, vulnsrc/ghsa); ghsa is not imported because its init loads Go's std
// package list through `go list`.
func platformFor(ecosystem string) (platform, error) {
	name, version, _ := strings.Cut(ecosystem, ":")
	switch name {
	case "debian":
		return platform{bucket: "debian " + version, source: types.DataSource{ID: vulnerability.Debian, Name: "Debian Security Tracker", URL: "https://salsa.debian.org/security-tracker-team/security-tracker"}}, nil
	case "alpine":
		return platform{bucket: "alpine " + version, source: types.DataSource{ID: vulnerability.Alpine, Name: "Alpine Secdb", URL: "https://secdb.alpinelinux.org/"}}, nil
	case "pypi":
		return ghsa("pip"), nil
	case "npm":
		return ghsa("npm"), nil
	}
	return platform{}, fmt.Errorf("ecosystem %q is not one this builder knows (debian:N, alpine:N.N, pypi, npm)", ecosystem)
}

func ghsa(eco string) platform {
	name := "GitHub Security Advisory " + eco
	return platform{
		bucket: eco + "::" + name,
		source: types.DataSource{ID: vulnerability.GHSA, Name: name, URL: "https://github.com/advisories?query=type%3Areviewed+ecosystem%3A" + eco},
		lang:   true,
	}
}

func entry(p platform, a affected) types.Advisory {
	switch {
	case p.lang && a.Fixed == nil:
		return types.Advisory{VulnerableVersions: []string{">=0"}}
	case p.lang:
		return types.Advisory{VulnerableVersions: []string{"<" + *a.Fixed}, PatchedVersions: []string{*a.Fixed}}
	case a.Fixed == nil:
		return types.Advisory{Status: types.StatusAffected}
	default:
		return types.Advisory{FixedVersion: *a.Fixed}
	}
}

func severity(s string) (types.Severity, error) {
	sev, err := types.NewSeverity(strings.ToUpper(s))
	if err != nil || sev == types.SeverityUnknown {
		return 0, fmt.Errorf("severity %q is not low, medium, high or critical", s)
	}
	return sev, nil
}

func build(advisoriesPath, out string, built time.Time) error {
	raw, err := os.ReadFile(advisoriesPath)
	if err != nil {
		return err
	}
	var file advisoryFile
	if err := json.Unmarshal(raw, &file); err != nil {
		return fmt.Errorf("%s: %w", advisoriesPath, err)
	}
	if _, err := os.Stat(db.Path(out)); err == nil {
		return fmt.Errorf("%s already exists: build into a new folder", db.Path(out))
	}
	if err := db.Init(out); err != nil {
		return err
	}
	defer db.Close()
	dbc := db.Config{}
	err = dbc.Connection().Update(func(tx *bolt.Tx) error {
		for _, adv := range file.Advisories {
			sev, err := severity(adv.Severity)
			if err != nil {
				return fmt.Errorf("%s: %w", adv.ID, err)
			}
			// Each source the scan could prefer (the one that reported the package, NVD, or
			// none: the plain Severity) gives the same severity and CVSS.
			vendor := types.VendorSeverity{vulnerability.NVD: sev}
			cvss := types.CVSS{V3Vector: adv.CVSS.Vector, V3Score: adv.CVSS.Score}
			scores := types.VendorCVSS{vulnerability.NVD: cvss}
			for _, a := range adv.Affected {
				p, err := platformFor(a.Ecosystem)
				if err != nil {
					return fmt.Errorf("%s: %w", adv.ID, err)
				}
				vendor[p.source.ID] = sev
				scores[p.source.ID] = cvss
				if err := dbc.PutDataSource(tx, p.bucket, p.source); err != nil {
					return err
				}
				if err := dbc.PutAdvisoryDetail(tx, adv.ID, a.Package, []string{p.bucket}, entry(p, a)); err != nil {
					return err
				}
			}
			published := adv.Published.UTC()
			vuln := types.Vulnerability{
				Title:            adv.Title,
				Description:      adv.Title + " (a test advisory; not a real vulnerability).",
				Severity:         sev.String(),
				VendorSeverity:   vendor,
				CVSS:             scores,
				PublishedDate:    &published,
				LastModifiedDate: &published,
			}
			if err := dbc.PutVulnerability(tx, adv.ID, vuln); err != nil {
				return err
			}
			// advisory-detail/<id>/<bucket>/<pkg> becomes <bucket>/<pkg>/<id>, as trivy-db's own build does.
			if err := dbc.SaveAdvisoryDetails(tx, adv.ID); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if err := dbc.DeleteAdvisoryDetailBucket(); err != nil {
		return err
	}
	return metadata.NewClient(out).Update(metadata.Metadata{
		Version:      db.SchemaVersion,
		NextUpdate:   built.Add(24 * time.Hour),
		UpdatedAt:    built,
		DownloadedAt: built,
	})
}

func main() {
	advisories := flag.String("advisories", "", "the advisories JSON file")
	out := flag.String("out", "", "the folder to write trivy.db and metadata.json into")
	builtFlag := flag.String("built", "", "UpdatedAt and DownloadedAt, RFC 3339 (default: now)")
	flag.Parse()
	err := func() error {
		if *advisories == "" || *out == "" {
			return errors.New("usage: scan-trivy-db --advisories FILE --out DIR [--built RFC3339]")
		}
		built := time.Now().UTC().Truncate(time.Second)
		if *builtFlag != "" {
			t, err := time.Parse(time.RFC3339, *builtFlag)
			if err != nil {
				return fmt.Errorf("--built %q is not an RFC 3339 time (e.g. 2026-01-02T03:04:05Z)", *builtFlag)
			}
			built = t.UTC()
		}
		return build(*advisories, filepath.Clean(*out), built)
	}()
	if err != nil {
		fmt.Fprintln(os.Stderr, "scan-trivy-db:", err)
		os.Exit(1)
	}
}
