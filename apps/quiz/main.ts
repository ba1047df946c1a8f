import { createApp } from 'vue'
import { registerOffline } from '../../setup/offline'
import QuizPage from './page'
// The quiz (/quiz): on a web host, the self-paced quiz graded in the browser (practice); served by
// the classroom server, the quiz handed in to it (page.ts is swapped for class-page.ts then).
import '../page'

createApp(QuizPage).mount('#app')
registerOffline()
