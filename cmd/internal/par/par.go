// Package par runs independent pieces of work on every core.
package par

import (
	"runtime"
	"sync"
)

// Each calls f(i) for every i in [0, n), on as many goroutines as there
// are cores, and returns when all calls have.
func Each(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
