import Exercises
import Foundation

/// Exercise speed: drawing an instance (numbers, answer by TinyTensor or formula, worked solution)
/// and checking a typed answer, per template; target ≤ 1 ms each. Median and slowest over 200 seeds,
/// each seed the best of 3 runs (the machine may be busy, as in the grading bench).
func exerciseBenchmarks() {
    var worst = (name: "", micros: 0.0)
    var medians: [Double] = []
    for template in ExerciseCatalog.templates {
        var times: [Double] = []
        var right = 0
        for seed in 0..<200 {
            var best = Double.infinity
            for run in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                let exercise = template.instance(seed: seed)
                let verdict = exercise.check(exercise.answerText)
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
                if run == 0, verdict.isRight { right += 1 }
            }
            times.append(best)
        }
        times.sort()
        medians.append(times[times.count / 2])
        if times.last! > worst.micros { worst = (template.name, times.last!) }
        if right != 200 { print("exercise \(template.name): \(200 - right) answer texts judged wrong (a bug)") }
    }
    medians.sort()
    print(String(format: "exercise generate + check: median of medians %.1f µs, slowest template median %.1f µs, slowest single %.1f µs (%@), %d templates x 200 seeds, best of 3 each (target <= 1000 µs)",
                 medians[medians.count / 2], medians.last!, worst.micros, worst.name, ExerciseCatalog.templates.count))
    fflush(nil)
}
