package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/anchore/grype/grype/db/data"
	db "github.com/anchore/grype/grype/db/v6"
	"github.com/anchore/grype/grype/db/v6/build/transformers"
	"github.com/anchore/grype/grype/db/v6/name"
	"github.com/anchore/syft/syft/pkg"
)

// The shape of test/setup/scan/advisories.json.
type advisoryFile struct {
	Advisories []advisory `json:"advisories"`
}

type advisory struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Severity  string     `json:"severity"`
	CVSS      *cvss      `json:"cvss"`
	Published *time.Time `json:"published"`
	Affected  []affected `json:"affected"`
}

type cvss struct {
	Vector string  `json:"vector"`
	Score  float64 `json:"score"`
}

type affected struct {
	Ecosystem string  `json:"ecosystem"`
	Package   string  `json:"package"`
	Fixed     *string `json:"fixed"`
}

// ecosystem says where an advisory's package lives in grype's schema. The provider names are the
// ones grype's own feeds use for these ecosystems, so namespaces in grype's output read as they
// do with the real database (debian:distro:debian:12, github:language:python, ...).
type ecosystem struct {
	provider      string
	pkgType       pkg.Type
	versionFormat string
	os            *db.OperatingSystem
}

// OS rows carry the codename too: grype looks a Debian release up by codename as well as by number.
var ecosystems = map[string]ecosystem{
	"debian:12": {provider: "debian", pkgType: pkg.DebPkg, versionFormat: "dpkg",
		os: &db.OperatingSystem{Name: "debian", ReleaseID: "debian", MajorVersion: "12", Codename: "bookworm"}},
	"alpine:3.20": {provider: "alpine", pkgType: pkg.ApkPkg, versionFormat: "apk",
		os: &db.OperatingSystem{Name: "alpine", ReleaseID: "alpine", MajorVersion: "3", MinorVersion: "20"}},
	"pypi": {provider: "github", pkgType: pkg.PythonPkg, versionFormat: "python"},
	"npm":  {provider: "github", pkgType: pkg.NpmPkg, versionFormat: "npm"},
}

func readAdvisories(path string) ([]advisory, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var f advisoryFile
	if err := json.Unmarshal(raw, &f); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(f.Advisories) == 0 {
		return nil, fmt.Errorf("%s: no advisories", path)
	}
	return f.Advisories, nil
}

// toEntries turns one advisory into grype's write entries: one vulnerability record per provider
// (as grype's feeds do: Debian's, Alpine's and GitHub's records of one CVE are separate), each with
// its affected packages.
func toEntries(a advisory, providers map[string]*db.Provider) ([]data.Entry, error) {
	byProvider := map[string][]any{}
	var order []string
	for _, af := range a.Affected {
		eco, ok := ecosystems[af.Ecosystem]
		if !ok {
			return nil, fmt.Errorf("%s: ecosystem %q is not one of debian:12, alpine:3.20, pypi, npm", a.ID, af.Ecosystem)
		}
		if _, seen := byProvider[eco.provider]; !seen {
			order = append(order, eco.provider)
		}
		byProvider[eco.provider] = append(byProvider[eco.provider], affectedPackage(a, af, eco))
	}

	var entries []data.Entry
	for _, p := range order {
		models := append([]any{vulnerabilityHandle(a, providers[p])}, byProvider[p]...)
		entries = append(entries, transformers.NewEntries(models...)...)
	}
	return entries, nil
}

func vulnerabilityHandle(a advisory, p *db.Provider) db.VulnerabilityHandle {
	var severities []db.Severity
	if a.Severity != "" {
		severities = append(severities, db.Severity{Scheme: db.SeveritySchemeCHMLN, Value: strings.ToLower(a.Severity), Rank: 1})
	}
	if a.CVSS != nil && a.CVSS.Vector != "" {
		// grype stores the vector only and computes the scores from it when it reports a match.
		severities = append(severities, db.Severity{
			Scheme: db.SeveritySchemeCVSS,
			Value:  db.CVSSSeverity{Vector: a.CVSS.Vector, Version: cvssVersion(a.CVSS.Vector)},
			Rank:   2,
		})
	}
	return db.VulnerabilityHandle{
		Name:          a.ID,
		ProviderID:    p.ID,
		Provider:      p,
		Status:        db.VulnerabilityActive,
		PublishedDate: a.Published,
		ModifiedDate:  a.Published,
		BlobValue: &db.VulnerabilityBlob{
			ID:          a.ID,
			Description: a.Title,
			Severities:  severities,
		},
	}
}

// "CVSS:3.1/AV:N/..." -> "3.1"
func cvssVersion(vector string) string {
	head, _, _ := strings.Cut(vector, "/")
	return strings.TrimPrefix(head, "CVSS:")
}

func affectedPackage(a advisory, af affected, eco ecosystem) db.AffectedPackageHandle {
	// No fix: every version is affected (an empty constraint), and the fix is "not-fixed", the
	// way grype's Debian and GitHub feeds record an open vulnerability.
	r := db.Range{
		Version: db.Version{Type: eco.versionFormat},
		Fix:     &db.Fix{State: db.NotFixedStatus},
	}
	if af.Fixed != nil && *af.Fixed != "" {
		r.Version.Constraint = "< " + *af.Fixed
		r.Fix = &db.Fix{Version: *af.Fixed, State: db.FixedStatus}
	}
	var osRow *db.OperatingSystem
	if eco.os != nil {
		row := *eco.os // each handle gets its own row value; the store de-duplicates them
		osRow = &row
	}
	return db.AffectedPackageHandle{
		OperatingSystem: osRow,
		Package:         &db.Package{Ecosystem: string(eco.pkgType), Name: name.Normalize(af.Package, eco.pkgType)},
		BlobValue: &db.PackageBlob{
			CVEs:   []string{a.ID},
			Ranges: []db.Range{r},
		},
	}
}
