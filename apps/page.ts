// What every page outside the deck loads first: the deck's fonts and palette, and a plain reset.
import '../styles/fonts'
import './page.css'
