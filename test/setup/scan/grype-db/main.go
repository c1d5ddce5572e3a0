// grype-db writes grype's vulnerability database (schema v6) from model-cd's test advisories,
// with grype's own writer, hydrator and packager, in two forms:
//
//	<out>/cache/6/{vulnerability.db,import.json}   what GRYPE_DB_CACHE_DIR=<out>/cache reads offline
//	<out>/serve/{latest.json,<archive>}            what GRYPE_DB_UPDATE_URL=<url>/latest.json downloads
//
// Usage: grype-db --advisories advisories.json --out DIR [--built RFC3339] [--archive tar.gz|tar.zst|tar.xz]
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/afero"

	"github.com/anchore/grype/grype/db/data"
	db "github.com/anchore/grype/grype/db/v6"
	build "github.com/anchore/grype/grype/db/v6/build"
	"github.com/anchore/grype/grype/db/v6/distribution"
)

func main() {
	advisoriesPath := flag.String("advisories", "", "advisories JSON file (test/setup/scan/advisories.json)")
	out := flag.String("out", "", "output folder (made if missing; must be empty)")
	builtFlag := flag.String("built", "", "the database's built time, RFC3339 (default: now)")
	// tar.gz is compressed in-process; tar.zst and tar.xz run the zstd or xz command.
	archiveExt := flag.String("archive", "tar.gz", "archive type: tar.gz, tar.zst or tar.xz")
	flag.Parse()
	if *advisoriesPath == "" || *out == "" || flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	built := time.Now()
	if *builtFlag != "" {
		t, err := time.Parse(time.RFC3339, *builtFlag)
		if err != nil {
			fail(fmt.Errorf("--built %q is not an RFC3339 time (e.g. 2026-01-02T03:04:05Z): %w", *builtFlag, err))
		}
		built = t
	}
	// grype compares built times as RFC3339 seconds, so store whole seconds.
	built = built.UTC().Round(time.Second)
	if err := run(*advisoriesPath, *out, built, *archiveExt); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "grype-db:", err)
	os.Exit(1)
}

func run(advisoriesPath, out string, built time.Time, archiveExt string) error {
	advisories, err := readAdvisories(advisoriesPath)
	if err != nil {
		return err
	}
	if entries, err := os.ReadDir(out); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty; give a new or empty folder", out)
	}
	dbDir := filepath.Join(out, "cache", fmt.Sprint(db.ModelVersion))
	serveDir := filepath.Join(out, "serve")
	for _, d := range []string{dbDir, serveDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}

	if err := writeDB(dbDir, advisories, built); err != nil {
		return err
	}
	if err := setBuilt(dbDir, built); err != nil {
		return err
	}
	// Indexes, then the digest grype checks the file against (import.json), as `grype db import` does.
	if err := db.Hydrater()(dbDir); err != nil {
		return fmt.Errorf("hydrate: %w", err)
	}
	if _, err := db.WriteImportMetadata(afero.NewOsFs(), dbDir, "model-cd test advisories"); err != nil {
		return err
	}
	return archive(dbDir, serveDir, archiveExt)
}

func writeDB(dbDir string, advisories []advisory, built time.Time) error {
	providers := map[string]*db.Provider{}
	for _, eco := range ecosystems {
		if _, ok := providers[eco.provider]; !ok {
			captured := built
			providers[eco.provider] = &db.Provider{ID: eco.provider, Version: "1", Processor: "model-cd test advisories", DateCaptured: &captured}
		}
	}

	w, err := build.NewWriter(dbDir, nil, false, 0)
	if err != nil {
		return err
	}
	var entries []data.Entry
	for _, a := range advisories {
		e, err := toEntries(a, providers)
		if err != nil {
			_ = w.Close()
			return err
		}
		entries = append(entries, e...)
	}
	if err := w.Write(entries...); err != nil {
		_ = w.Close()
		return err
	}
	return w.Close()
}

// setBuilt replaces the built time: grype's writer always stamps "now", and the tests need an
// old database to see grype's max-allowed-built-age check.
func setBuilt(dbDir string, built time.Time) error {
	g, err := db.NewLowLevelDB(filepath.Join(dbDir, db.VulnerabilityDBFileName), false, true, false)
	if err != nil {
		return err
	}
	sqlDB, err := g.DB()
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	res := g.Model(&db.DBMetadata{}).Where("true").Update("build_timestamp", built)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected != 1 {
		return fmt.Errorf("expected one db_metadata row, updated %d", res.RowsAffected)
	}
	return nil
}

// archive packs the database with grype's packager (archive + latest.json next to it, in the DB
// folder), then moves both to the folder that is served.
func archive(dbDir, serveDir, ext string) error {
	if err := build.CreateArchive(dbDir, ext, nil); err != nil {
		return err
	}
	matches, err := filepath.Glob(filepath.Join(dbDir, "vulnerability-db_*."+ext))
	if err != nil {
		return err
	}
	if len(matches) != 1 {
		return fmt.Errorf("expected one archive in %s, found %d", dbDir, len(matches))
	}
	for _, from := range []string{matches[0], filepath.Join(dbDir, distribution.LatestFileName)} {
		if err := os.Rename(from, filepath.Join(serveDir, filepath.Base(from))); err != nil {
			return err
		}
	}
	// The listing names the archive relative to itself; check it names the file beside it.
	doc, err := distribution.NewLatestFromFile(afero.NewOsFs(), filepath.Join(serveDir, distribution.LatestFileName))
	if err != nil {
		return err
	}
	if doc == nil || doc.Path != filepath.Base(matches[0]) {
		return errors.New("latest.json does not name the archive")
	}
	return nil
}
