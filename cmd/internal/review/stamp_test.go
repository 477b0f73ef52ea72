package review

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// reviewed_by values are written so that YAML reads back the same text.
func TestYAMLScalar(t *testing.T) {
	for _, s := range []string{"山田", "情報政策課: 山田", "- 山田", "? 山田", "true", "123", "null", "~", "#1", "[課]", " 山田", "山田 #係", "a\nb", `"`, "'"} {
		var m map[string]any
		if err := yaml.Unmarshal([]byte("reviewed_by: "+yamlScalar(s)+"\n"), &m); err != nil || m["reviewed_by"] != s {
			t.Errorf("%q written as %s reads back as %#v (%v)", s, yamlScalar(s), m["reviewed_by"], err)
		}
	}
}
