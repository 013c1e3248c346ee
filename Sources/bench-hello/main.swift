// The baseline for `dlquiz-bench`: a hello world that imports Foundation, built the same way as dlquiz.
import Foundation

print("hello, world")
