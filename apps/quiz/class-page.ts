// The quiz page of a build for the classroom server: the quiz handed in to the server, which grades
// it; the page never holds an answer (setup/class-mode.ts puts it in place of page.ts).
export { default } from '../../components/quiz/ClassQuizPage.vue'
