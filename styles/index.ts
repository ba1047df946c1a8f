// The deck's styles, which Slidev loads on every slide: the fonts and the palette (shared with the
// pages outside the deck), then the lesson's own.
import './fonts'
import './lesson.css'
