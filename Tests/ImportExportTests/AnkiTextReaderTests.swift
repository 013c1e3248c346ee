import Testing
@testable import ImportExport

@Suite struct AnkiTextReaderTests {
    /// The layout Anki's "Notes in Plain Text" export writes (guid, notetype, deck, fields, tags).
    /// A spreadsheet's CSV (Excel, Google Sheets) ends lines with "\r\n", inside quoted fields too: the
    /// answer has "\n" line breaks, and a lone "\r" in a field is a line break as well.
    /// Rows of one field are skipped with the reason the full path gives: no answer, or an empty question
    /// (HTML that reads as nothing counts as empty); a cloze note type still says cloze.
    @Test func oneFieldRowsSayWhyTheyAreSkipped() throws {
        let r = try AnkiTextReader.read("#separator:tab\n#html:true\nWhat is a gizmo?\n<br>\nWhat is a widget?\tA part.\n", file: "t.txt", format: .tsv)
        #expect(r.skipped.map(\.reason) == ["no answer (line 3)", "empty question (line 4)"])
        #expect(r.notes.map(\.question) == ["What is a widget?"])
        let cloze = try AnkiTextReader.read("#separator:tab\n#notetype:Cloze\n{{c1::x}} is y\n", file: "c.txt", format: .tsv)
        #expect(cloze.skipped.map(\.reason) == ["cloze note (line 3): dlquiz has no cloze cards"])
        // Without headers a third column is tags; a short row is still "no answer". A row with only a GUID
        // has an empty question; one with only a deck still names the deck.
        let short = try AnkiTextReader.read("What is a gizmo?,A tool.,tools\nWhat is a widget?\n", file: "s.csv", format: .csv)
        #expect(short.skipped.map(\.reason) == ["no answer (line 2)"])
        let guid = try AnkiTextReader.read("#separator:tab\n#guid column:1\nabc123\nxyz\tWhat is a gizmo?\tA tool.\n", file: "g.txt", format: .tsv)
        #expect(guid.skipped.map(\.reason) == ["empty question (line 3)"] && guid.notes.first?.id == "xyz")
        let deck = try AnkiTextReader.read("#separator:tab\n#deck column:1\nMy deck\n", file: "d.txt", format: .tsv)
        #expect(deck.deckName == "My deck" && deck.skipped.map(\.reason) == ["empty question (line 3)"])
    }

    @Test func lineBreaksInsideQuotedFieldsAreNewlines() throws {
        let text = "Question,Answer\r\n\"What is a gizmo, really?\",\"A tool,\r\nwith two lines.\"\r\nWhat is a widget?,\"A part.\rOf a machine.\"\r\n"
        let r = try AnkiTextReader.read(text, file: "s.csv", format: .csv)
        #expect(r.notes.map(\.answer) == ["A tool,\nwith two lines.", "A part.\nOf a machine."])
        #expect(r.notes.map(\.question) == ["What is a gizmo, really?", "What is a widget?"])
    }

    @Test func readsAnkiNotesInPlainTextExport() throws {
        let text = [
            "#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:6",
            "f7n#Vq(2>]\tBasic\tML::Interview\tWhat is <b>ReLU</b>?\tmax(0, x)<br>cheap &amp; sparse\tactivations basics",
            "\"#abc\"\tBasic\tML::Interview\t\"Has a \"\"quote\"\"\"\t\"two", "lines\"\t",
            "xyz\tCloze\tML::Interview\t{{c1::Paris}} is in France\t\t",
        ].joined(separator: "\n")
        let r = try AnkiTextReader.read(text, file: "x.txt", format: .tsv)
        #expect(r.notes.count == 2)
        #expect(r.notes[0] == ImportedNote(index: 1, question: "What is ReLU?", answer: "max(0, x)\ncheap & sparse", tags: ["activations", "basics"], id: "f7n#Vq(2>]"))
        #expect(r.notes[1].id == "#abc")
        #expect(r.notes[1].question == "Has a \"quote\"")
        #expect(r.notes[1].answer == "two\nlines")
        #expect(r.notes[1].tags == [])
        #expect(r.skipped.map(\.index) == [3])
        #expect(r.warnings.count == 1 && r.warnings[0].contains("1 cloze"))
        #expect(r.deckName == "ML::Interview")
    }

    @Test func headerRowNamesTheColumns() throws {
        let text = "tags,back,front\ncnn,\"A convolution, then pooling\",What is a CNN?\n"
        let r = try AnkiTextReader.read(text, file: "x.csv", format: .csv)
        #expect(r.notes == [ImportedNote(index: 1, question: "What is a CNN?", answer: "A convolution, then pooling", tags: ["cnn"])])
    }

    @Test func noHeadersMeansQuestionAnswerTags() throws {
        let text = "What is SGD?;Gradient steps on mini-batches.;optimization sgd\nWhat is Adam?;Adaptive moments.\n"
        let r = try AnkiTextReader.read(text, file: "x.txt", format: .csv)
        #expect(r.notes.map(\.question) == ["What is SGD?", "What is Adam?"])
        #expect(r.notes.map(\.answer) == ["Gradient steps on mini-batches.", "Adaptive moments."])
        #expect(r.notes[0].tags == ["optimization", "sgd"])
        #expect(r.notes[1].tags == [])
    }

    @Test func columnsHeaderAndFileTags() throws {
        let text = "#separator:Pipe\n#columns:Front|Back|Tags\n#tags:imported\n#deck:Deep\nQ1|A1|x\nQ2|A2|\n"
        let r = try AnkiTextReader.read(text, file: "x.txt", format: .csv)
        #expect(r.notes.map(\.question) == ["Q1", "Q2"])
        #expect(r.notes.map(\.tags) == [["imported", "x"], ["imported"]])
        #expect(r.deckName == "Deep")
    }

    @Test func unclosedQuoteNamesItsLine() {
        let text = "#separator:comma\nq1,a1\nq2,\"never closed\nq3,a3\n"
        #expect(throws: ImportError(file: "bad.csv", line: 3, "a quoted field is never closed (a \" with no closing \")")) {
            _ = try AnkiTextReader.read(text, file: "bad.csv", format: .csv)
        }
    }

    @Test func emptyQuestionsAndAnswersAreSkippedWithTheirIndex() throws {
        let r = try AnkiTextReader.read("q1\ta1\n\tanswer only\nquestion only\n", file: "x.tsv", format: .tsv)
        #expect(r.notes.map(\.index) == [1])
        #expect(r.skipped.map(\.index) == [2, 3])
    }

    /// A spreadsheet of Anki fields with a header row naming columns dlquiz has no field for: the row is
    /// still a header, the guid is the id, HTML becomes text, and the extra columns follow the answer
    /// under their names (nothing the file says is dropped).
    @Test func headerRowWithColumnsOfItsOwn() throws {
        let text = "guid,question,answer,paper_title,explanation,tags\n"
            + "a%B-^1.,How does <b>dropout</b>&nbsp;work?,\"Zeroes units at random.<br>\n<hr>Scale by 1/(1-p).\",Dropout (2014),,reg\n"
            + "c>D}2,Why <i>warm up</i>?,Early steps are noisy.,,Adam's second moment starts at zero.,\n"
        let r = try AnkiTextReader.read(text, file: "papers.csv", format: .csv)
        #expect(r.notes.map(\.id) == ["a%B-^1.", "c>D}2"])
        #expect(r.notes.map(\.question) == ["How does dropout work?", "Why warm up?"])
        #expect(r.notes[0].answer == "Zeroes units at random.\n\nScale by 1/(1-p).\n\nPaper title: Dropout (2014)")
        #expect(r.notes[1].answer == "Early steps are noisy.\n\nExplanation: Adam's second moment starts at zero.")
        #expect(r.notes.map(\.tags) == [["reg"], []])

        // dlquiz's own CSV stays plain text: an answer about HTML keeps its tags.
        let own = "question,answer,tags,id\nWhat ends a line in HTML?,<br>,html,br\n"
        #expect(try AnkiTextReader.read(own, file: "deck.csv", format: .csv).notes.map(\.answer) == ["<br>"])
        // A first row of sentences is data, not a header.
        let data = "What is a question?,An answer, with a comma\n"
        #expect(try AnkiTextReader.read(data, file: "d.csv", format: .csv).notes.count == 1)
    }
}
