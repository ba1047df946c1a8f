// The quiz page of a build for a web host: the self-paced quiz, graded in the student's browser, for
// practice. A build for the classroom server swaps this module for class-page.ts (setup/class-mode.ts).
export { default } from '../../components/quiz/QuizPage.vue'
