package lint

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// mkdirs makes folders under a new temporary folder and returns it,
// with symbolic links resolved so that it compares equal to os.Getwd.
func mkdirs(t *testing.T, dirs ...string) string {
	t.Helper()
	top, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(top, filepath.FromSlash(d)), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return top
}

func TestBaseFor(t *testing.T) {
	top := mkdirs(t, "repo/.git", "repo/docs/handbook/clauses", "wt/hb", "plain/hb", "elsewhere")
	// A worktree or submodule has a .git file, not a folder.
	if err := os.WriteFile(filepath.Join(top, "wt", ".git"), []byte("gitdir: ../repo/.git/worktrees/wt\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	join := func(p string) string { return filepath.Join(top, filepath.FromSlash(p)) }
	tests := []struct {
		cwd, source string
		repo        bool
		want        Base
	}{
		// GitHub reads paths from the repository root, wherever tokki runs.
		{"repo", "docs/handbook", true, Base{"docs/handbook/", join("repo")}},
		{"repo/docs", "handbook", true, Base{"docs/handbook/", join("repo")}},
		{"elsewhere", join("repo/docs/handbook"), true, Base{"docs/handbook/", join("repo")}},
		{"repo", ".", true, Base{"", join("repo")}},
		{"wt", "hb", true, Base{"hb/", join("wt")}},
		// Text and JSON: from the current folder when the handbook is in it…
		{"repo", "docs/handbook", false, Base{"docs/handbook/", join("repo")}},
		{"repo/docs", "handbook", false, Base{"handbook/", join("repo/docs")}},
		{"repo/docs/handbook", ".", false, Base{"", join("repo/docs/handbook")}},
		{"plain", "hb", false, Base{"hb/", join("plain")}},
		// …and outside a repository the same for GitHub formats.
		{"plain", "hb", true, Base{"hb/", join("plain")}},
		// A handbook outside the current folder: from the handbook itself,
		// not with a climb of ../.
		{"elsewhere", "../plain/hb", true, Base{"", join("plain/hb")}},
		{"elsewhere", "../repo/docs/handbook", false, Base{"", join("repo/docs/handbook")}},
		{"repo/docs/handbook/clauses", "..", false, Base{"", join("repo/docs/handbook")}},
	}
	for _, tt := range tests {
		t.Run(tt.cwd+" "+tt.source, func(t *testing.T) {
			t.Chdir(join(tt.cwd))
			if got := BaseFor(tt.source, tt.repo); got != tt.want {
				t.Errorf("BaseFor(%q, %v) in %s = %+v, want %+v", tt.source, tt.repo, tt.cwd, got, tt.want)
			}
		})
	}
}

// Every format shows a handbook in a subfolder with the subfolder in
// front, and SARIF says where %SRCROOT% is.
func TestFormatsFromBase(t *testing.T) {
	base := Base{Prefix: "docs/handbook/", Dir: filepath.FromSlash("/home/u/my repo")}
	fs := []Finding{{Rule: "broken-link", Severity: Error, File: "clauses/第9条 #1.md", Line: 3, Column: 2, Message: "m"}}
	want := map[string]string{
		"text":   "docs/handbook/clauses/第9条 #1.md:3:2: error: m [broken-link]\n",
		"github": "::error file=docs/handbook/clauses/第9条 #1.md,line=3,col=2,title=tokki broken-link::m [broken-link]\n",
	}
	for format, w := range want {
		var b bytes.Buffer
		if err := WriteFrom(&b, format, fs, "v", base, msg.English); err != nil {
			t.Fatal(err)
		}
		if b.String() != w {
			t.Errorf("%s: got %q, want %q", format, b.String(), w)
		}
	}

	var b bytes.Buffer
	if err := WriteFrom(&b, "json", fs, "v", base, msg.English); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `"file": "docs/handbook/clauses/第9条 #1.md"`) {
		t.Errorf("json: %s", b.String())
	}
	if fs[0].File != "clauses/第9条 #1.md" {
		t.Errorf("json changed the caller's finding: %q", fs[0].File)
	}

	b.Reset()
	if err := WriteFrom(&b, "sarif", fs, "v", base, msg.English); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			OriginalURIBaseIDs map[string]struct {
				URI string `json:"uri"`
			} `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	loc := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation
	// A URI reference: the space, # and Japanese letters percent-encoded,
	// relative to the base that originalUriBaseIds names.
	if loc.URI != "docs/handbook/clauses/%E7%AC%AC9%E6%9D%A1%20%231.md" || loc.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifactLocation = %+v", loc)
	}
	root, ok := log.Runs[0].OriginalURIBaseIDs["%SRCROOT%"]
	if wantURI := fileURI(base.Dir); !ok || root.URI != wantURI {
		t.Errorf("originalUriBaseIds = %+v, want %%SRCROOT%% at %s", log.Runs[0].OriginalURIBaseIDs, wantURI)
	}
	if !strings.HasPrefix(root.URI, "file:///") || !strings.HasSuffix(root.URI, "/my%20repo/") {
		t.Errorf("%%SRCROOT%% = %q: SARIF needs an absolute URI ending in /", root.URI)
	}
}

func TestURIs(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/home/u/repo", "file:///home/u/repo/"},
		{"/home/u/repo/", "file:///home/u/repo/"},
		{"C:/Users/山田/repo", "file:///C:/Users/%E5%B1%B1%E7%94%B0/repo/"},
		{"//fileserver/share/repo", "file://fileserver/share/repo/"},
	} {
		if got := fileURI(tt.in); got != tt.want {
			t.Errorf("fileURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	for _, tt := range []struct{ in, want string }{
		{"clauses/c09.md", "clauses/c09.md"},
		{"content/a?b.md", "content/a%3Fb.md"},
		{"a:b.md", "./a:b.md"},
		{"content/100%.md", "content/100%25.md"},
	} {
		if got := relativeURI(tt.in); got != tt.want {
			t.Errorf("relativeURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
