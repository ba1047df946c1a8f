import { createApp } from 'vue'
import TeacherPage from '../../components/teacher/TeacherPage.vue'
// The teacher's page (/teacher): the live answers, the written answers to mark, what the class learned.
import '../page'

createApp(TeacherPage).mount('#app')
