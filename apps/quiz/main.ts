import { createApp } from 'vue'
import QuizPage from '../../components/quiz/QuizPage.vue'
// The self-paced quiz (/quiz): the page the deck used to carry, now without the deck's runtime.
import '../page'

createApp(QuizPage).mount('#app')
