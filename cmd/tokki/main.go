// Command tokki lints, builds and serves a handbook of special contract
// clauses (特記仕様書), the check items that verify them (遵守確認表) and the
// guide that explains both (利用説明書).
package main

import "os"

func main() {
	os.Exit(execute(os.Args[1:], os.Stdout, os.Stderr))
}
